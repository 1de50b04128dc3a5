"""The routers of the review side of the console (issue 7), registered by ``proxy.app`` in one loop.

Kept in one list so that adding a page or an API module of this area touches only this file.
"""

from __future__ import annotations

from fastapi import APIRouter

from proxy.routes import assessments, complaints, console_review, policies, review

__all__ = ["REVIEW_ROUTERS"]

REVIEW_ROUTERS: tuple[APIRouter, ...] = (
    review.router, complaints.router, policies.router, assessments.router, console_review.router,
)
