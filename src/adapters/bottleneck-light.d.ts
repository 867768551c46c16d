// bottleneck/light.js is the Bottleneck the Octokit plugins use (no Redis clustering); it has the root module's types.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
