"""Load the demo content of demo/data; running it again changes nothing."""

import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction

from demo.content import load_articles, load_categories, load_pages
from demo.elections import load_elections
from elections.models import Document, Election
from news.models import Article
from pages.models import Page


class Command(BaseCommand):
    help = "Load the demo content (categories, articles, pages, elections, documents). Safe to run more than once."

    def add_arguments(self, parser):
        parser.add_argument(
            "--admin",
            action="store_true",
            help="Also create the superuser 'admin' with a random password, printed once.",
        )

    def handle(self, *args, admin=False, **options):
        with transaction.atomic():
            articles = load_articles(load_categories())
            pages = load_pages()
            elections, documents = load_elections()
        self.stdout.write(
            f"Demo content: {articles} article versions and {pages} page versions created "
            f"({Article.objects.count()} and {Page.objects.count()} in all)."
        )
        self.stdout.write(
            f"Demo elections: {elections} elections and {documents} documents created "
            f"({Election.objects.count()} and {Document.objects.count()} in all)."
        )
        if admin:
            self.create_admin()

    def create_admin(self):
        User = get_user_model()
        if User.objects.filter(username="admin").exists():
            self.stdout.write(
                "The demo administrator 'admin' already exists; "
                "set a new password with: .venv/bin/python manage.py changepassword admin"
            )
            return
        password = secrets.token_urlsafe(12)
        User.objects.create_superuser("admin", "admin@saylaw.example", password)
        self.stdout.write(self.style.SUCCESS(f"Demo administrator created. Login: admin  Password: {password}"))
        self.stdout.write("This password is shown only once.")
