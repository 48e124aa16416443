# Sourced by bin/benchmark.sh and bin/test-sipctl.sh: free_port VARIABLE sets VARIABLE to a port of
# 127.0.0.1 that nothing listens on, below the kernel's range for outgoing connections (so that no
# client socket, such as one of a benchmark's 500 terminals, takes it before the server binds it),
# and not handed out before by this shell.
free_port_taken=" "
free_port() { # the variable must not be named port, low, span or listeners (the locals below)
  local port low span listeners
  read -r low _ < /proc/sys/net/ipv4/ip_local_port_range
  span=$((low - 20000))
  [ "$span" -ge 1000 ] || span=10000 # an unusual range: 20000-29999 then
  while :; do
    port=$((20000 + RANDOM % span))
    [[ "$free_port_taken" == *" $port "* ]] && continue
    # ss, or a connect where ss is missing or cannot ask the kernel (as sipctl does)
    if listeners=$(ss -ltnH "sport = :$port" 2>/dev/null); then
      [ -z "$listeners" ] || continue
    elif (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      continue
    fi
    free_port_taken+="$port "
    printf -v "$1" '%s' "$port"
    return
  done
}
