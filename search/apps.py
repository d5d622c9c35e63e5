from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    """The site's search. It imports no content model: news and pages keep their records' index up to date
    (search.indexing.update_search_vector, connected in their AppConfig.ready()) and say what is searched
    (AppConfig.search_role and searched(language), read by search.views)."""

    name = "search"
    verbose_name = _("Search")
