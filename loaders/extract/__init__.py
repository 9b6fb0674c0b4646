"""Rule-based extraction of a candidate graph from an article (see docs/extraction.md)."""

from loaders.extract.candidate import CandidateNode, CandidateRel, Candidates, DocumentInfo, Evidence
from loaders.extract.evaluate import EvaluationReport, evaluate
from loaders.extract.linking import Gazetteer, Known
from loaders.extract.pipeline import extract_file, extract_text

__all__ = [
    "CandidateNode",
    "CandidateRel",
    "Candidates",
    "DocumentInfo",
    "EvaluationReport",
    "Evidence",
    "Gazetteer",
    "Known",
    "evaluate",
    "extract_file",
    "extract_text",
]
