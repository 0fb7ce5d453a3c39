"""How a person appears on a page: one place that honours *Anonymous*."""

from django import template

from forum import registry

register = template.Library()


@register.inclusion_tag("boards/person.html", takes_context=True)
def post_author(context, post, size="small"):
    """The author of a machina post, or *Anonymous* when the asker chose it."""
    if registry.is_anonymous_post(post):
        return {"anonymous": True, "size": size}
    return {"person": post.poster, "size": size}


@register.inclusion_tag("boards/person.html", takes_context=True)
def topic_author(context, topic, size="small"):
    """The starter of a machina topic, or *Anonymous* when the asker chose it."""
    if registry.is_anonymous_topic(topic):
        return {"anonymous": True, "size": size}
    return {"person": topic.poster, "size": size}


@register.inclusion_tag("boards/person.html")
def person(user, size="small"):
    return {"person": user, "size": size}


@register.simple_tag
def author_name(post):
    """Plain text name for attributes and feeds; never the real name of an anonymous asker."""
    if registry.is_anonymous_post(post):
        return "Anonymous"
    return post.poster.public_name if post.poster else (post.username or "Guest")
