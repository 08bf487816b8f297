# SyntaxError report: invalid syntax in a triple-quoted f-string's field on its second line
y = f"""
{a b}"""
