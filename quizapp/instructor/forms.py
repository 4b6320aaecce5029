"""The instructor's forms. Every form carries a CSRF token (Flask-WTF)."""

from __future__ import annotations

from flask_wtf import FlaskForm
from flask_wtf.file import FileField, MultipleFileField
from wtforms import (
    BooleanField,
    FieldList,
    HiddenField,
    IntegerField,
    SelectField,
    SelectMultipleField,
    StringField,
    SubmitField,
    TextAreaField,
)
from wtforms.fields.choices import SelectChoice
from wtforms.validators import URL, DataRequired, Length, NumberRange, Optional, Regexp
from wtforms.widgets import CheckboxInput, ListWidget

from quizapp.core.claims import SKILLS, SOURCE_TYPES, STATUSES

STATUS_CHOICES = [SelectChoice(s) for s in STATUSES]
SOURCE_TYPE_CHOICES = [SelectChoice(s) for s in SOURCE_TYPES]


class ArticleForm(FlaskForm):
    text = TextAreaField("Article text (paste it here)", validators=[Optional()])
    files = MultipleFileField(
        "…or upload .txt or .html files (several at once make one draft set each)",
        render_kw={"accept": ".txt,.html,.htm,text/plain,text/html"},
    )
    title = StringField("Title (optional: found in the text otherwise)", [Length(max=300)])
    outlet = StringField("Outlet", validators=[Length(max=200)])
    url = StringField("URL", validators=[Optional(), URL(require_tld=False), Length(max=2000)])
    date = StringField(
        "Date published (YYYY-MM-DD)",
        validators=[
            Optional(),
            Regexp(r"^\d{4}-\d{2}-\d{2}$", message="Write the date as YYYY-MM-DD."),
        ],
        render_kw={"placeholder": "2026-01-28"},
    )
    submit = SubmitField("Analyse the article")


class ClaimForm(FlaskForm):
    source = StringField("Source (who claims it)", validators=[Length(max=300)])
    cue = StringField("Cue (the words that attribute it)", validators=[Length(max=120)])
    content = TextAreaField(
        "Content (what is claimed, exactly as written in the article)",
        validators=[DataRequired()],
        render_kw={"rows": 3},
    )
    status = SelectField("Status", choices=STATUS_CHOICES)
    source_type = SelectField("Source type", choices=SOURCE_TYPE_CHOICES)
    submit = SubmitField("Save the claim")


class NewClaimForm(ClaimForm):
    # Filled in by instructor.js when words are selected; without JavaScript the quoted
    # content is found in the article instead.
    start = HiddenField()
    end = HiddenField()
    submit = SubmitField("Add the claim")


class ActionForm(FlaskForm):
    """A button that changes something: only the CSRF token is posted."""

    submit = SubmitField("Go")


class MoveForm(FlaskForm):
    direction = HiddenField(validators=[DataRequired()])


class SetForm(FlaskForm):
    title = StringField("Title", validators=[DataRequired(), Length(max=300)])
    description = TextAreaField("Description", validators=[Optional()])
    submit = SubmitField("Create the set")


FEEDBACK_CHOICES = [
    SelectChoice("after_submit", "After the learner submits the whole quiz"),
    SelectChoice("after_each", "After each question"),
]
GRADING_CHOICES = [
    SelectChoice("best", "The best attempt"),
    SelectChoice("last", "The last attempt"),
    SelectChoice("first", "The first attempt"),
]


class SettingsForm(FlaskForm):
    title = StringField("Title", validators=[DataRequired(), Length(max=300)])
    description = TextAreaField("Description", validators=[Optional()])
    shuffle = BooleanField("Shuffle the questions for each learner")
    attempts_allowed = IntegerField(
        "Attempts allowed (0 = no limit)", validators=[NumberRange(min=0, max=100)], default=1
    )
    time_limit_minutes = IntegerField(
        "Time limit in minutes (empty = none)", validators=[Optional(), NumberRange(1, 1440)]
    )
    feedback = SelectField("Show the answers", choices=FEEDBACK_CHOICES)
    grading = SelectField("Which attempt counts", choices=GRADING_CHOICES)
    submit = SubmitField("Save the settings")


class MultiCheckboxField(SelectMultipleField):
    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()


class QuestionForm(FlaskForm):
    """The fields every question has; question_editor.form_class adds each type's own."""

    type = SelectField("Question type")
    stem = TextAreaField("Question (stem)", validators=[DataRequired()], render_kw={"rows": 3})
    # One text box per choice (an empty one is dropped); ``answer`` is the radio button
    # beside the right one: its row number, 1 = the first row, blank rows counted.
    choices = FieldList(StringField("Choice"), min_entries=0, max_entries=30)
    answer = IntegerField("Right answer", validators=[Optional()])
    skills = MultiCheckboxField("Skills", choices=[SelectChoice(s) for s in SKILLS])
    explanation = TextAreaField(
        "Explanation (shown with the answer)", validators=[Optional()], render_kw={"rows": 5}
    )
    evidence = TextAreaField(
        "Evidence: the article's sentence(s), one per line",
        validators=[Optional()],
        render_kw={"rows": 4},
    )
    submit = SubmitField("Save the question")


class ImportForm(FlaskForm):
    files = MultipleFileField(
        "Question-set files (.yaml) or GIFT files (.gift)",
        render_kw={"accept": ".yaml,.yml,.gift,.txt"},
    )
    submit = SubmitField("Import")


class SingleFileForm(FlaskForm):
    file = FileField("File")
