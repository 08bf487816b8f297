# A try after a colon on the same line is invalid syntax, with the caret under it
while False: try: pass
