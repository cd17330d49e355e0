"""What editors and readers get beyond the pipeline: the review list, the log of what
each build changed (its page and feed), and the field reference of content/."""
