from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import StringField, SubmitField
from wtforms.validators import DataRequired, Length


class JoinForm(FlaskForm):
    code = StringField("Quiz code", validators=[DataRequired(), Length(max=16)])
    submit = SubmitField("Join")
