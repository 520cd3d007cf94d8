// Numbers change-sets in commit order (writes already queue on the MapLock, taken first in every write).
MERGE (sequence:ChangeSequence {id: 'change-sets'})
SET sequence.last = coalesce(sequence.last, 0) + 1
RETURN sequence.last AS seq
