calls_per_day      500 calls/day   28 days:  653.3 ns/call  320.1 ns/event
