"""The search page's form: lenient by design — a bad filter value falls back to its default."""

from django import forms

from questions import search, selectors

TYPE_CHOICES = [
    ("all", "Everything"),
    ("questions", "Questions"),
    ("answers", "Answers"),
    ("articles", "Articles"),
    ("discussions", "Community"),
    ("specialists", "Specialists"),
]
SORT_CHOICES = [("relevance", "Best match"), ("newest", "Newest"), ("helpful", "Most helpful")]


class SearchForm(forms.Form):
    q = forms.CharField(label="Search", required=False, strip=True)
    type = forms.ChoiceField(label="Show", choices=TYPE_CHOICES, required=False)
    category = forms.ChoiceField(label="Category", required=False)
    tag = forms.CharField(label="Tag", required=False, max_length=32)
    specialist = forms.BooleanField(label="Answered by a specialist", required=False)
    helped = forms.BooleanField(label="Has an answer that helped", required=False)
    sort = forms.ChoiceField(label="Sort by", choices=SORT_CHOICES, required=False)
    page = forms.IntegerField(required=False, min_value=1, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["category"].choices = [("", "Any category")] + [
            (board.slug, board.forum.name) for board in selectors.ask_boards()
        ]

    def clean_q(self):
        return self.cleaned_data["q"][: search.MAX_QUERY_CHARS]

    def clean_tag(self):
        return self.cleaned_data["tag"].strip().lower()

    def criteria(self) -> tuple[str, search.Filters, int]:
        """(text, filters, page) from whatever was valid; invalid values count as unset."""
        self.is_valid()
        data = self.cleaned_data
        filters = search.Filters(
            kind=data.get("type") or "all",
            category=data.get("category") or "",
            tag=data.get("tag") or "",
            specialist_answered=bool(data.get("specialist")),
            has_helped=bool(data.get("helped")),
            sort=data.get("sort") or "relevance",
        )
        return data.get("q") or "", filters, data.get("page") or 1

    @property
    def has_filters(self) -> bool:
        data = getattr(self, "cleaned_data", {})
        return any(data.get(name) for name in ("category", "tag", "specialist", "helped")) or (
            data.get("type") not in (None, "", "all")
        )
