"""The Results page: before/after bars, paired tests, scores, group view, exports."""
