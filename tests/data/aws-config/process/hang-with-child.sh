#!/bin/sh
# Starts a child that would outlive a kill of this shell alone, writes its pid where the test
# looks, and waits. The test checks that the child is gone after the timeout.
sleep 30 &
echo $! > "$DESK_CHILD_PID_FILE"
wait
