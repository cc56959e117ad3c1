def explain(missed, extra):
    return []
