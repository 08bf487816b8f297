# A lambda is a plain function too.
handler = lambda event: await event.wait()
