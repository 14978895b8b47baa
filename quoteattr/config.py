"""Options for one attribution run, passed down explicitly (never global)."""

from __future__ import annotations

import attrs

_SINGLE_QUOTE_MODES = ("auto", "never", "always")
_DIALOGUE_MODES = ("auto", "on", "off")
_DASH_DIALOGUE_MODES = ("auto", "always", "never")


@attrs.frozen
class Config:
    """Options for :class:`~quoteattr.Attributor`.

    Attributes:
        single_quotes: ``"auto"`` reads ``‘ ’``/``'`` as outer quotation marks in a
            text with no double-style quotes, or where more paragraphs open with a
            single mark than there are double-style quotes outside them;
            ``"never"``/``"always"`` force it.
        dialogue: ``"auto"`` detects fiction-style dialogue (many paragraphs that
            open with a quote) and then applies turn-taking; ``"on"``/``"off"`` force it.
        window: how many characters before and after a quote the binding sieves read.
        resolve_names: resolve mentions (``he``, ``Pires``) to full names.
        dash_dialogue: ``"auto"`` reads paragraphs that open with an em dash or a
            quotation dash (``— I know, he said.``) as speech where evidence near
            them says so; ``"always"`` reads every such paragraph as speech, ``"never"`` none.

    >>> Config(window=200).window
    200
    """

    single_quotes: str = attrs.field(default="auto", validator=attrs.validators.in_(_SINGLE_QUOTE_MODES))
    dialogue: str = attrs.field(default="auto", validator=attrs.validators.in_(_DIALOGUE_MODES))
    window: int = attrs.field(default=400, validator=[attrs.validators.instance_of(int), attrs.validators.ge(20)])
    resolve_names: bool = attrs.field(default=True, validator=attrs.validators.instance_of(bool))
    dash_dialogue: str = attrs.field(default="auto", validator=attrs.validators.in_(_DASH_DIALOGUE_MODES))
