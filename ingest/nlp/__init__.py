"""Understanding articles: the spaCy model, text preparation, events, actors, dates, places."""
