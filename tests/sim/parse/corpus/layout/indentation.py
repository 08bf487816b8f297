if x:

    a = 1

    # comment at block level
        # deeper comment is fine
    b = 2
# dedented comment
    
c = 3
if x:
	if y:
		z = 1
