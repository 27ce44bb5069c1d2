"""Core messages as plain data: a `Message(code, args)` that core and store build, and
`render(message, lang)` that turns it into Dutch (the CLI, letters and PDFs) or English
(the UI when it runs in English). The templates live in core/messages_nl.py and
core/messages_en.py, one place per language. An argument may itself be a Message
(e.g. a unit word), rendered in the same language. No Qt here: ui/i18n.py passes the
UI's language."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from . import messages_en, messages_nl

TEMPLATES = {"nl": messages_nl.TEMPLATES, "en": messages_en.TEMPLATES}


@dataclass(frozen=True)
class Message:
    code: str
    args: dict[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:  # Dutch wherever a message ends up as plain text
        return render(self, "nl")


def msg(code: str, /, **args: Any) -> Message:
    if code not in messages_nl.TEMPLATES:
        raise KeyError(f"unknown message code {code!r}")
    return Message(code, args)


def render(message: Message | str, lang: str = "nl") -> str:
    """The message in `lang` ('nl' or 'en'); a plain str passes through unchanged."""
    if not isinstance(message, Message):
        return message
    table = TEMPLATES.get(lang, messages_nl.TEMPLATES)
    template = table.get(message.code) or messages_nl.TEMPLATES[message.code]
    args = {k: render(v, lang) if isinstance(v, Message) else v for k, v in message.args.items()}
    if callable(template):
        return template(**args)
    return template.format(**args)
