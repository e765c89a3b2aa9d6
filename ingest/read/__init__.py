"""Reading pages into articles: inputs, fetching, HTML and text extraction, submissions."""
