"""Bronze → silver → gold: parse, de-identify, validate, join. Each step is a plain function."""
