"""Reading pages into articles: inputs, fetching, HTML and text extraction, submissions."""

# The input formats: the readers' `fmt` and the command line's --format (kept here, light to
# import, so that the command line need not load the extractors to list them).
FORMATS = ("auto", "html", "text", "json", "feed", "warc")
