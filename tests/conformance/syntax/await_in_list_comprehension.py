# An await in a list comprehension makes it asynchronous, which needs an async function around it.
urls = ["a", "b"]
pages = [await fetch(u) for u in urls]
