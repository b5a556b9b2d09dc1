"""Printed documents: handouts, facilitator guides, paper survey forms and print packs.

Pure Python (no Qt). Documents are built as data (:mod:`workshop_kit.pdf.blocks`) by
:mod:`workshop_kit.pdf.documents`, then drawn by the renderer, so content can be tested
without a PDF and drawing can change without touching content.
"""

from __future__ import annotations
