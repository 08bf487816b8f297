# A plain function cannot await: only an async def can.
def fetch(url):
    data = await download(url)
    return data

print(fetch("x"))
