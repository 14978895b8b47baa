"""Options for one attribution run, passed down explicitly (never global), with the lexicon."""

from __future__ import annotations

from typing import Any

import attrs

from quoteattr.lang import Lexicon

#: The values of :attr:`Config.single_quotes`, :attr:`Config.dialogue` and
#: :attr:`Config.dash_dialogue`, and the least :attr:`Config.window`; the
#: command line builds its flags from them.
SINGLE_QUOTE_MODES = ("auto", "never", "always")
DIALOGUE_MODES = ("auto", "on", "off")
DASH_DIALOGUE_MODES = ("auto", "always", "never")
MIN_WINDOW = 20


# attrs' own validators raise errors whose str() is a tuple (message, the
# Attribute, the bound, the value); these say one plain sentence instead.
def _one_of(options: tuple[str, ...]) -> Any:
    """A validator accepting exactly one of *options*."""

    def check(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, str):
            raise TypeError(f"{attribute.name} must be a str, got {type(value).__name__}")
        if value not in options:
            choices = ", ".join(repr(option) for option in options)
            raise ValueError(f"{attribute.name} must be one of {choices}, got {value!r}")

    return check


def _check_window(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """An int (not a bool) of at least :data:`MIN_WINDOW`."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{attribute.name} must be an int, got {type(value).__name__}")
    if value < MIN_WINDOW:
        raise ValueError(f"{attribute.name} must be at least {MIN_WINDOW}, got {value}")


def _check_bool(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """True or False, nothing else."""
    if not isinstance(value, bool):
        raise TypeError(f"{attribute.name} must be True or False, got {value!r}")


def _check_lexicon(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A :class:`~quoteattr.lang.Lexicon`, nothing else."""
    if not isinstance(value, Lexicon):
        raise TypeError(f"{attribute.name} must be a Lexicon (Lexicon.english() or one made from it), got {type(value).__name__}")


@attrs.frozen
class Config:
    """Options for :class:`~quoteattr.Attributor`.

    Attributes:
        single_quotes: ``"auto"`` reads ``‘ ’``/``'`` as outer quotation marks in a
            text with no double-style quotes, or where more paragraphs open with a
            single mark than there are double-style quotes outside them;
            ``"never"``/``"always"`` force it.
        dialogue: ``"auto"`` applies the conversation rules (turn taking) to each
            run of quoted paragraphs that reads as a conversation (an exchange of
            turns); ``"on"`` to every run, ``"off"`` to none.
        window: how many characters before and after a quote the binding sieves read.
        resolve_names: resolve mentions (``he``, ``Pires``) to full names.
        dash_dialogue: ``"auto"`` reads paragraphs that open with an em dash or a
            quotation dash (``— I know, he said.``) as speech where evidence near
            them says so; ``"always"`` reads every such paragraph as speech, ``"never"`` none.
        indirect: also return reported speech (``Okafor said the bridge would
            cost more``) as quotes of kind ``"indirect"`` (see
            ``docs/reported-speech.md``).

            .. versionadded:: 0.2.0
        lexicon: the word lists every stage reads (:meth:`Lexicon.english` by
            default); extend it to add a cue verb, a title or a group noun
            (``Lexicon.english().extend(cue_verbs=["harrumph"])``).

    A bad value raises ``ValueError`` (or ``TypeError`` for a wrong type) with
    one sentence naming the option:

    >>> Config(window=200).window
    200
    >>> Config(window=5)
    Traceback (most recent call last):
    ValueError: window must be at least 20, got 5
    """

    single_quotes: str = attrs.field(default="auto", validator=_one_of(SINGLE_QUOTE_MODES))
    dialogue: str = attrs.field(default="auto", validator=_one_of(DIALOGUE_MODES))
    window: int = attrs.field(default=400, validator=_check_window)
    resolve_names: bool = attrs.field(default=True, validator=_check_bool)
    dash_dialogue: str = attrs.field(default="auto", validator=_one_of(DASH_DIALOGUE_MODES))
    indirect: bool = attrs.field(default=False, validator=_check_bool)
    lexicon: Lexicon = attrs.field(factory=Lexicon.english, validator=_check_lexicon)
