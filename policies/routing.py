"""Finding a page's child from its address in one query instead of two."""


class OneQueryChildRouteMixin:
    """Wagtail finds a child page as a plain Page, then fetches it again for its own fields.
    When only one type of page may be a child here, fetch it as that type straight away."""

    def route(self, request, path_components):
        child_models = type(self).allowed_subpage_models()
        if path_components and len(child_models) == 1:
            child = child_models[0].objects.child_of(self).filter(slug=path_components[0]).first()
            if child is not None:
                child._cached_parent_obj = self
                return child.route(request, path_components[1:])
        # Anything else (an unknown address, say) goes the usual way, which answers 404.
        return super().route(request, path_components)
