# an f-string field whose bracket the string's end leaves open (a quote inside the field ends the literal): "unmatched '['"
scores = {"ann": 3}
print(f"{scores["ann"]}")
