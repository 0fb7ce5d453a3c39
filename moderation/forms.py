from django import forms

from moderation.models import Flag
from moderation.services import REASON_MIN

FLAG_HELP = {
    Flag.Reason.AT_RISK: "Someone may hurt themselves or be hurt. Moderators see this first.",
    Flag.Reason.HARASSMENT: "Attacks, insults or hate against a person or a group.",
    Flag.Reason.UNSAFE: "Advice that could put someone in danger.",
    Flag.Reason.PRIVATE_INFO: "Names, addresses, photos or other details someone did not share.",
    Flag.Reason.SPAM: "Advertising or the same thing posted again and again.",
    Flag.Reason.OFF_TOPIC: "It does not belong here.",
    Flag.Reason.OTHER: "Tell the moderators in a few words below.",
}


class FlagForm(forms.Form):
    reason = forms.ChoiceField(
        label="What is wrong?",
        choices=Flag.Reason.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Please choose what is wrong."},
    )
    note = forms.CharField(
        label="Anything the moderators should know (optional)",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Only moderators read this. The author never learns who reported it.",
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("reason") == Flag.Reason.OTHER and not cleaned.get("note", "").strip():
            self.add_error("note", "Please tell the moderators in a few words what is wrong.")
        return cleaned


class ReasonForm(forms.Form):
    reason_label = "Reason"
    reason_help = "Required. The author is told this reason; it is kept in the audit log."

    reason = forms.CharField(
        min_length=REASON_MIN,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
        error_messages={
            "required": "Please give a reason (a short sentence is enough).",
            "min_length": "Please give a reason (a short sentence is enough).",
        },
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reason"].label = self.reason_label
        self.fields["reason"].help_text = self.reason_help


class PrivateReasonForm(ReasonForm):
    reason_help = "Required. Kept in the audit log; not sent to anyone."


class OptionalReasonForm(ReasonForm):
    reason_help = "Optional. Kept in the audit log."

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reason"].required = False
        self.fields["reason"].min_length = None
        self.fields["reason"].validators = []


class RevealForm(ReasonForm):
    reason_label = "Why do you need to see who posted this?"
    reason_help = "Required. Every reveal is written to the audit log with your reason."


class EditForm(ReasonForm):
    reason_help = "Required. The author is told; the text before and after goes to the audit log."
    text = forms.CharField(
        label="Text",
        widget=forms.Textarea(attrs={"rows": 12}),
        error_messages={"required": "The text cannot be empty. Hide it instead."},
    )
    field_order = ["text", "reason"]


class MoveForm(ReasonForm):
    board = forms.ModelChoiceField(
        label="Move to",
        queryset=None,
        empty_label="Choose a board",
        error_messages={"required": "Please choose a board."},
    )
    field_order = ["board", "reason"]

    def __init__(self, *args, boards=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["board"].queryset = boards
        self.fields["board"].label_from_instance = lambda board: board.forum.name


class DaysForm(ReasonForm):
    days = forms.TypedChoiceField(
        label="For how long",
        coerce=int,
        choices=[
            (1, "1 day"),
            (3, "3 days"),
            (7, "7 days"),
            (14, "14 days"),
            (30, "30 days"),
            (90, "90 days"),
            (365, "365 days"),
        ],
        initial=7,
    )
    field_order = ["days", "reason"]


class AuditFilterForm(forms.Form):
    action = forms.ChoiceField(label="Action", required=False)
    actor = forms.CharField(label="Moderator", required=False, max_length=150)
    target = forms.CharField(label="About", required=False, max_length=300)
    since = forms.DateField(
        label="From", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    until = forms.DateField(
        label="Until", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def __init__(self, *args, actions=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["action"].choices = [("", "Any action")] + [(a, a) for a in actions]
