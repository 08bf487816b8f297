# \N not followed by {name} is a malformed escape, reported with the bytes the decoder read
print("tab\Nx")
