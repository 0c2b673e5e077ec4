// The integration collections (the single-node lab, the second lab for failover, the three-node
// lab, the install.sh publish and the demo in tmux) each load this 2-core machine heavily. Run in
// parallel, a Stateful start in the three-node lab timed out in CI and failover bounds measured
// the machine's load rather than crmtui. One collection at a time: slower in sum, measured in
// docs/testing.md, and each test sees the cluster it starts, not its neighbours' builds.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
