"""Stage 1: paragraphs, sentences, tokens and character classes, as offsets into the text."""
