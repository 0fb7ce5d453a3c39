"""Feed generators that cannot be broken by what people type.

XML 1.0 forbids most control characters; Django's feed writer raises on them, so one title
with a stray control character would turn a whole feed into an error page for every reader.
These generators drop such characters from everything they write.
"""

import re

from django.utils import feedgenerator

# Everything XML 1.0 does not allow: C0 controls except tab, newline and carriage return,
# lone surrogates, and U+FFFE/U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(value):
    return _NOT_XML.sub("", value) if isinstance(value, str) else value


def _clean(kwargs: dict) -> dict:
    return {
        key: [xml_safe(v) for v in value] if isinstance(value, list | tuple) else xml_safe(value)
        for key, value in kwargs.items()
    }


class _XMLSafe:
    def __init__(self, *args, **kwargs):
        super().__init__(*[xml_safe(arg) for arg in args], **_clean(kwargs))

    def add_item(self, *args, **kwargs):
        super().add_item(*[xml_safe(arg) for arg in args], **_clean(kwargs))


class Atom1Feed(_XMLSafe, feedgenerator.Atom1Feed):
    pass


class Rss201rev2Feed(_XMLSafe, feedgenerator.Rss201rev2Feed):
    pass
