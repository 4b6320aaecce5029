from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import EmailField, PasswordField, StringField, SubmitField
from wtforms.validators import DataRequired, EqualTo, Length, Optional


class LoginForm(FlaskForm):
    username = StringField("Username", validators=[DataRequired(), Length(max=64)])
    password = PasswordField("Password", validators=[DataRequired(), Length(max=256)])
    submit = SubmitField("Log in")


class RegisterForm(FlaskForm):
    username = StringField("Username", validators=[DataRequired(), Length(min=2, max=63)])
    display_name = StringField("Your name (as your teacher sees it)", validators=[Length(max=120)])
    email = EmailField("E-mail (optional)", validators=[Optional(), Length(max=254)])
    password = PasswordField("Password", validators=[DataRequired(), Length(min=8, max=256)])
    confirm = PasswordField(
        "Password again", validators=[DataRequired(), EqualTo("password", "The passwords differ.")]
    )
    join_code = StringField("Quiz code (optional)", validators=[Optional(), Length(max=16)])
    submit = SubmitField("Create account")
