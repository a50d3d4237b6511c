"""Views that belong to no domain app: the start page and the error pages."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from arshjul.organisations import access
from arshjul.planning.selectors import latest_plan_year


@login_required
def home(request: HttpRequest) -> HttpResponse:
    plans = [(board, latest_plan_year(board=board)) for board in access.boards_for(request.user)]
    if len(plans) == 1 and plans[0][1] is not None:
        board, plan_year = plans[0]
        return redirect("plan_tree", board=board.slug, year=plan_year.year)  # type: ignore[union-attr]
    return render(request, "core/home.html", {"plans": plans})


def forbidden(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    message = str(exception) if exception and str(exception) else "Du saknar behörighet."
    return render(request, "errors/403.html", {"message": message}, status=403)


def not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "errors/404.html", status=404)


def server_error(request: HttpRequest) -> HttpResponse:
    return render(request, "errors/500.html", status=500)
