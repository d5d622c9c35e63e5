from django.contrib import admin

from .models import Election


@admin.register(Election)
class ElectionAdmin(admin.ModelAdmin):
    list_display = ["__str__", "kind", "polling_day", "status", "published"]
    list_filter = ["kind", "status", "published"]
    search_fields = ["title_tk", "title_ru", "title_en", "slug"]
    prepopulated_fields = {"slug": ["title_en"]}
    date_hierarchy = "polling_day"
