from django.contrib.auth import views as auth_views
from django.urls import path, reverse_lazy

from profiles import account_views, views

app_name = "profiles"

account_urls = [
    path("login/", views.LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("signup/", views.signup, name="signup"),
    path("signup/sent/", views.signup_sent, name="signup_sent"),
    path("signup/confirm/<str:token>/", views.signup_confirm, name="signup_confirm"),
    path("settings/", views.account_settings, name="account_settings"),
    path("notifications/", views.notifications, name="notifications"),
    path("notifications/read/", views.notifications_mark_read, name="notifications_mark_read"),
    # The member's control of their account (profiles/account_views.py).
    path("settings/email/", account_views.email_settings, name="email_settings"),
    path("unsubscribe/<str:token>/", account_views.unsubscribe, name="unsubscribe"),
    path("data/", account_views.my_data, name="my_data"),
    path("data/download/", account_views.download_my_data, name="download_my_data"),
    path("delete/", account_views.delete_account, name="delete_account"),
    path(
        "password/change/",
        views.PasswordChangeView.as_view(success_url=reverse_lazy("password_change_done")),
        name="password_change",
    ),
    path(
        "password/change/done/",
        auth_views.PasswordChangeDoneView.as_view(
            template_name="profiles/password_change_done.html"
        ),
        name="password_change_done",
    ),
    path("password/reset/", views.PasswordResetView.as_view(), name="password_reset"),
    path(
        "password/reset/sent/",
        auth_views.PasswordResetDoneView.as_view(template_name="profiles/password_reset_done.html"),
        name="password_reset_done",
    ),
    path(
        "password/reset/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(
            template_name="profiles/password_reset_confirm.html"
        ),
        name="password_reset_confirm",
    ),
    path(
        "password/reset/done/",
        auth_views.PasswordResetCompleteView.as_view(
            template_name="profiles/password_reset_complete.html"
        ),
        name="password_reset_complete",
    ),
]

urlpatterns = [
    path("members/<str:username>/", views.member_detail, name="member"),
    # Specialists: directory, application, public profile edits, private documents.
    path("specialists/", views.directory, name="directory"),
    path("specialists/apply/", views.apply, name="apply"),
    path("specialists/apply/again/", views.reapply, name="reapply"),
    path("specialists/profile/", views.specialist_edit, name="specialist_edit"),
    path("specialists/documents/<int:pk>/", views.document, name="document"),
    path("specialists/documents/<int:pk>/remove/", views.document_delete, name="document_delete"),
    path("specialists/<str:username>/contact/", views.contact, name="contact"),
    # Consultation requests: a member's sent requests and a specialist's inbox.
    path("consultations/", views.consultations, name="consultations"),
    path("consultations/<int:pk>/", views.consultation, name="consultation"),
    # The Specialist applications tab of the review queue.
    path("moderation/applications/", views.verification_queue, name="verification_queue"),
    path("moderation/applications/<int:pk>/", views.application_review, name="application"),
    path(
        "moderation/applications/<int:pk>/revoke/",
        views.application_revoke,
        name="application_revoke",
    ),
]
