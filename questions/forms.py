from django import forms

from forum.models import Board
from questions.services import MAX_TAGS, TAG_MAX_LENGTH, normalise_tags

TITLE_MIN, TITLE_MAX = 15, 150
BODY_MIN, BODY_MAX = 30, 10_000


class AskForm(forms.Form):
    title = forms.CharField(
        label="Your question in one sentence",
        min_length=TITLE_MIN,
        max_length=TITLE_MAX,
        help_text="For example: “How do I give my partner space without losing touch?”",
        error_messages={
            "required": "Please write your question in one sentence.",
            "min_length": f"Please say a little more in the title (at least {TITLE_MIN} "
            "characters).",
            "max_length": f"Please keep the title under {TITLE_MAX} characters; the details "
            "go below.",
        },
    )
    body = forms.CharField(
        label="What is happening",
        min_length=BODY_MIN,
        max_length=BODY_MAX,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text="What happened, how long it has been going on, what you have tried, and what "
        "you hope for. Markdown works: **bold**, *italic*, lists.",
        error_messages={
            "required": "Please describe what is happening, so specialists can help.",
            "min_length": f"Please tell a little more (at least {BODY_MIN} characters).",
            "max_length": f"Please keep it under {BODY_MAX:,} characters.",
        },
    )
    board = forms.ModelChoiceField(
        label="Category",
        queryset=Board.objects.filter(kind=Board.Kind.ASK).select_related("forum"),
        empty_label="Choose a category",
        to_field_name="slug",
        error_messages={
            "required": "Please choose a category.",
            "invalid_choice": "Please choose one of the categories listed.",
        },
    )
    tags = forms.CharField(
        label="Tags",
        required=False,
        help_text=f"Up to {MAX_TAGS}, separated by commas, e.g. trust, long-distance.",
    )
    anonymous = forms.BooleanField(
        label="Ask anonymously",
        required=False,
        help_text="Everyone will see “Anonymous” instead of your name; only moderators can "
        "see who asked.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["board"].label_from_instance = lambda board: board.forum.name

    def clean_title(self):
        return " ".join(self.cleaned_data["title"].split())

    def clean_tags(self):
        raw = self.cleaned_data["tags"]
        pieces = [p for p in raw.split(",") if p.strip()]
        if any(len(p.strip()) > TAG_MAX_LENGTH for p in pieces):
            raise forms.ValidationError(f"Each tag can be at most {TAG_MAX_LENGTH} characters.")
        tags = normalise_tags(raw)
        if len(tags) > MAX_TAGS:
            raise forms.ValidationError(f"Please use at most {MAX_TAGS} tags.")
        return tags


class AnswerForm(forms.Form):
    body = forms.CharField(
        label="Your answer",
        min_length=BODY_MIN,
        max_length=BODY_MAX,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text="Markdown works. Be warm and practical; you are speaking to someone who "
        "is hurting.",
        error_messages={
            "required": "Please write your answer.",
            "min_length": f"Please write at least {BODY_MIN} characters.",
            "max_length": f"Please keep your answer under {BODY_MAX:,} characters.",
        },
    )
    references = forms.CharField(
        label="References (optional)",
        required=False,
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="One per line, e.g. a book or paper. Shown as a numbered list.",
    )


class VoteForm(forms.Form):
    value = forms.TypedChoiceField(
        choices=[("1", "up"), ("-1", "down"), ("0", "withdraw")], coerce=int
    )
