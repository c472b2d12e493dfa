"""Recognition and rules: the spaCy pipeline that turns an article into facts."""
