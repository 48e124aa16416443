# Sourced by sipctl, bin/benchmark.sh and bin/test-sipctl.sh: which ports of this machine are taken.

# True when some program listens on PORT (on any address): ss, or a connect to 127.0.0.1 where ss is
# missing or cannot ask the kernel.
port_in_use() {
  local listening
  if listening="$(ss -ltnH "sport = :$1" 2>/dev/null)"; then
    [ -n "$listening" ]
  else
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
  fi
}

# free_port VARIABLE sets VARIABLE to a port nothing listens on, below the kernel's range for
# outgoing connections (so that no client socket, such as one of a benchmark's 500 terminals, takes
# it before the server binds it), and not handed out before by this shell.
free_port_taken=" "
free_port() { # the variable must not be named port, low or span (the locals below)
  local port low span
  read -r low _ < /proc/sys/net/ipv4/ip_local_port_range
  span=$((low - 20000))
  [ "$span" -ge 1000 ] || span=10000 # an unusual range: 20000-29999 then
  while :; do
    port=$((20000 + RANDOM % span))
    [[ "$free_port_taken" == *" $port "* ]] && continue
    port_in_use "$port" && continue
    free_port_taken+="$port "
    printf -v "$1" '%s' "$port"
    return
  done
}
