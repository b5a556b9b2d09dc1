"""Before-and-after results: the data set, paired statistics, scores and disclosure control.

Pure Python (no Qt, no SciPy, no network). ``dataset`` gathers responses from the store
under filters; ``stats`` holds the tests; ``summary`` turns a data set into results;
``disclosure`` guards every number that leaves this layer.
"""
