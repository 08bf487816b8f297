# SyntaxError report: *args after **kwargs: the caret under the star
f(**k, *a)
