# `async` is a keyword: assigning to it is invalid syntax, the caret after it (only async def/for/with are outside the subset)
total = 0
async = total + 1
