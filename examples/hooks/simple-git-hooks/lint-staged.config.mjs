// lint-staged: when a batch, rule, template or the config is staged, regenerate the designs it affects.
// One pattern, so the command runs once (two tasks would run at once and race for git's index lock); a function
// that ignores the file list keeps lint-staged from appending file names: `generate --staged` asks git itself,
// and stages what it writes.
export default {
  '{batches/**,rules/**,templates/**,wdm.config.yaml}': () => 'wdm-design generate --staged',
};
