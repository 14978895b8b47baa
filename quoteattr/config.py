"""Options for one attribution run, passed down explicitly (never global)."""

from __future__ import annotations

import attrs

_SINGLE_QUOTE_MODES = ("auto", "never", "always")
_DIALOGUE_MODES = ("auto", "on", "off")


@attrs.frozen
class Config:
    """Options for :class:`~quoteattr.Attributor`.

    Attributes:
        single_quotes: ``"auto"`` reads ``‘ ’``/``'`` as outer quotation marks
            only in a text with no double-style quotes; ``"never"``/``"always"`` force it.
        dialogue: ``"auto"`` detects fiction-style dialogue (many paragraphs that
            open with a quote) and then applies turn-taking; ``"on"``/``"off"`` force it.
        window: how many characters before and after a quote the binding sieves read.
        resolve_names: resolve mentions (``he``, ``Pires``) to full names.
        indirect: also return reported speech (``Okafor said the bridge would
            cost more``) as quotes of kind ``"indirect"``.

            .. versionadded:: 0.2.0

    >>> Config(window=200).window
    200
    """

    single_quotes: str = attrs.field(default="auto", validator=attrs.validators.in_(_SINGLE_QUOTE_MODES))
    dialogue: str = attrs.field(default="auto", validator=attrs.validators.in_(_DIALOGUE_MODES))
    window: int = attrs.field(default=400, validator=[attrs.validators.instance_of(int), attrs.validators.ge(20)])
    resolve_names: bool = attrs.field(default=True, validator=attrs.validators.instance_of(bool))
    indirect: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))
