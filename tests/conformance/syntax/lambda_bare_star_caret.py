# A lambda's bare '*' with no name after it: the caret stands at the token after the '*' and its comma
key = lambda item, *, : item
