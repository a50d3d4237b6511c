"""The archive of documents as reported: the stored versions of a year with the form that
asks for a new one, the job's progress (polled with htmx while the background task runs), the
download of a stored file and the comparison of two versions."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, cast

from django import forms
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.http import content_disposition_header
from django.utils.timezone import localtime
from django.views.decorators.http import require_GET, require_POST

from arshjul.core.formatting import format_number
from arshjul.core.forms import save_with
from arshjul.core.htmx import render_page_or_partial
from arshjul.followup.selectors import periods_of
from arshjul.organisations import access
from arshjul.organisations.access import reports as doors
from arshjul.reports import archive
from arshjul.reports.compare import compare
from arshjul.reports.models import StoredDocument
from arshjul.reports.registry import document_types
from arshjul.reports.services import MEDIA_TYPES, RENDERERS

NO_PERIOD = "Ingen period (planen)"


class GenerateForm(forms.Form):
    doc_type = forms.ChoiceField(label="Dokument")
    period_key = forms.ChoiceField(label="Period", required=False)
    format = forms.ChoiceField(label="Format")

    def __init__(self, *args: Any, periods: list[Any], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        choices = {
            "doc_type": [(t.key, t.title) for t in document_types().values()],
            "period_key": [("", NO_PERIOD)] + [(p.key, p.name) for p in periods],
            "format": [(f, archive.format_name(f)) for f in RENDERERS],
        }
        for name, options in choices.items():
            cast(forms.ChoiceField, self.fields[name]).choices = options
        # what a controller most often files: the latest period's report, as PDF
        self.fields["format"].initial = "pdf"
        if periods:
            self.fields["period_key"].initial = periods[-1].key


class CompareForm(forms.Form):
    a = forms.IntegerField(label="Version A (före)", min_value=1, widget=forms.Select)
    b = forms.IntegerField(label="Version B (efter)", min_value=1, widget=forms.Select)

    def __init__(self, *args: Any, documents: list[StoredDocument], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        choices = [(d.pk, version_label(d)) for d in documents]
        for name in ("a", "b"):
            self.fields[name].widget.choices = choices  # type: ignore[attr-defined]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("a") is not None and data.get("a") == data.get("b"):
            raise forms.ValidationError("Välj två olika versioner.")
        return data


def compare_initial(documents: list[StoredDocument]) -> dict[str, int]:
    """The newest version as B and, as A, the version before it of the same document and
    period (the newest other version when there is none)."""
    if len(documents) < 2:
        return {}
    newest = documents[0]
    same = [
        d
        for d in documents[1:]
        if (d.doc_type, d.period_key) == (newest.doc_type, newest.period_key)
    ]
    return {"a": (same or documents[1:])[0].pk, "b": newest.pk}


def version_label(stored: StoredDocument) -> str:
    when = localtime(stored.created_at).strftime("%Y-%m-%d %H:%M")
    return (
        f"{stored.title} – {archive.format_name(stored.format)}, {when} ({stored.content_hash[:8]})"
    )


def size_text(size: int) -> str:
    """ "812 byte", "441,8 kB", "2,3 MB" (1 kB = 1 000 byte)."""
    if size < 1000:
        return f"{size} byte"
    if size < 1_000_000:
        return f"{format_number(Decimal(size) / 1000, 1)} kB"
    return f"{format_number(Decimal(size) / 1_000_000, 1)} MB"


def job_title(job: Any, periods: list[Any]) -> str:
    """ "Verksamhetsberättelse 2021, helår (PDF)"."""
    type_cls = document_types().get(job.doc_type)
    title = type_cls.title if type_cls else job.doc_type
    period = next((p.name.lower() for p in periods if p.key == job.period_key), job.period_key)
    when = f"{job.year}, {period}" if period else str(job.year)
    return f"{title} {when} ({archive.format_name(job.format)})"


def _list_context(request: HttpRequest, plan_year: Any, form: GenerateForm | None) -> dict:
    board = plan_year.board
    periods = periods_of(plan_year=plan_year)
    names = {p.key: p.name for p in periods}
    documents = list(archive.stored_documents(board=board, year=plan_year.year))
    for stored in documents:
        stored.size_text = size_text(stored.size)  # type: ignore[attr-defined]
        stored.format_name = archive.format_name(stored.format)  # type: ignore[attr-defined]
        stored.period_name = names.get(stored.period_key, stored.period_key)  # type: ignore[attr-defined]
    can_plan = access.can_plan(request.user, board)
    if can_plan and form is None:
        form = GenerateForm(periods=periods)
    jobs = list(archive.document_jobs(board=board, year=plan_year.year)) if can_plan else []
    for job in jobs:
        job.title = job_title(job, periods)  # type: ignore[attr-defined]
    return {
        "board": board,
        "plan_year": plan_year,
        "documents": documents,
        "jobs": jobs,
        "can_plan": can_plan,
        "form": form,
        "compare_form": CompareForm(documents=documents, initial=compare_initial(documents)),
    }


@login_required
@require_GET
def archive_list(request: HttpRequest, board: str, year: int) -> HttpResponse:
    plan_year = doors.access_archive_year(request.user, board, year)
    return render(
        request, "reports/archive/archive_list.html", _list_context(request, plan_year, None)
    )


@login_required
@require_POST
def archive_generate(request: HttpRequest, board: str, year: int) -> HttpResponse:
    plan_year = doors.access_archive_year(request.user, board, year, write=True)
    form = GenerateForm(request.POST, periods=periods_of(plan_year=plan_year))
    job = save_with(
        form,
        lambda: archive.document_job_request(
            actor=request.user, board=plan_year.board, year=plan_year.year, **form.cleaned_data
        ),
    )
    if job is None:
        context = _list_context(request, plan_year, form)
        return render(request, "reports/archive/archive_list.html", context, status=422)
    return redirect("archive_job", board=plan_year.board.slug, year=plan_year.year, pk=job.pk)


@login_required
@require_GET
def archive_job(request: HttpRequest, board: str, year: int, pk: int) -> HttpResponse:
    plan_year = doors.access_archive_year(request.user, board, year)
    job = doors.access_document_job(request.user, plan_year, pk)
    job.title = job_title(job, periods_of(plan_year=plan_year))
    return render_page_or_partial(
        request,
        page="reports/archive/job.html",
        partial="reports/archive/partials/_job_progress.html",
        context={"board": plan_year.board, "plan_year": plan_year, "job": job},
    )


@login_required
@require_GET
def archive_download(request: HttpRequest, board: str, year: int, pk: int) -> HttpResponse:
    plan_year = doors.access_archive_year(request.user, board, year)
    stored = doors.access_stored_document(request.user, plan_year, pk)
    media_type = MEDIA_TYPES.get(stored.format, "application/octet-stream")
    response = HttpResponse(bytes(stored.content), content_type=media_type)
    name = archive.stored_file_name(stored)
    response["Content-Disposition"] = content_disposition_header(True, name) or "attachment"
    response["X-Content-Type-Options"] = "nosniff"
    return response


@login_required
@require_GET
def archive_compare(request: HttpRequest, board: str, year: int) -> HttpResponse:
    plan_year = doors.access_archive_year(request.user, board, year)
    documents = list(archive.stored_documents(board=plan_year.board, year=plan_year.year))
    form = CompareForm(request.GET or None, documents=documents)
    context: dict[str, Any] = {
        "board": plan_year.board,
        "plan_year": plan_year,
        "form": form,
        "comparison": None,
    }
    if not form.is_bound:
        return render(request, "reports/archive/compare.html", context)
    if form.is_valid():
        old, new = (
            doors.access_stored_document(
                request.user, plan_year, form.cleaned_data[k], content=False
            )
            for k in ("a", "b")
        )
        if (old.doc_type, old.period_key) != (new.doc_type, new.period_key):
            form.add_error(None, "Välj två versioner av samma dokument och period.")
        else:
            context |= {"old": old, "new": new, "comparison": compare(old, new)}
            return render(request, "reports/archive/compare.html", context)
    return render(request, "reports/archive/compare.html", context, status=422)
