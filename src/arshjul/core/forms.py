"""Form fields shared by the apps."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from django import forms
from django.core.exceptions import ValidationError

from arshjul.core.formatting import format_number
from arshjul.core.parsing import NumberFormatError, parse_decimal


class SwedishDecimalField(forms.Field):
    """A number typed the Swedish way ("1 234,5", "−3,2", "54 %"); empty means no value."""

    def __init__(self, *, decimals: int = 4, **kwargs: Any) -> None:
        self.decimals = decimals
        kwargs.setdefault("required", False)
        kwargs.setdefault("widget", forms.TextInput)
        super().__init__(**kwargs)
        self.widget.attrs.setdefault("inputmode", "decimal")

    def prepare_value(self, value: Any) -> Any:
        if isinstance(value, Decimal):
            return format_number(value.normalize(), max(0, -value.normalize().as_tuple().exponent))  # type: ignore[operator]
        return value

    def to_python(self, value: Any) -> Decimal | None:
        text = str(value).strip() if value is not None else ""
        if not text:
            return None
        try:
            number = parse_decimal(text)
        except NumberFormatError as exc:
            raise forms.ValidationError(str(exc), code="invalid") from exc
        if abs(number) >= Decimal(10) ** 9:
            raise forms.ValidationError("Talet är för stort.", code="too_large")
        if -number.as_tuple().exponent > self.decimals:  # type: ignore[operator]
            raise forms.ValidationError(
                f"Ange högst {self.decimals} decimaler.", code="too_many_decimals"
            )
        return number


def attach_errors(form: forms.Form, exc: ValidationError) -> None:
    """A service's rule errors on the form's fields (the form as a whole where no field
    matches), so the form re-renders with them."""
    errors = exc.message_dict if hasattr(exc, "error_dict") else {"": exc.messages}
    for field, messages in errors.items():
        target = field if field in form.fields else None
        for message in messages:
            form.add_error(target, message)


def save_with(form: forms.Form, write: Callable[[], Any]) -> Any:
    """Call the service ``write`` when the form is valid and return what it returns; when the
    form is invalid, or the service refuses with ValidationError (its errors go onto the
    form), return None so the view re-renders the form."""
    if not form.is_valid():
        return None
    try:
        return write()
    except ValidationError as exc:
        attach_errors(form, exc)
        return None
