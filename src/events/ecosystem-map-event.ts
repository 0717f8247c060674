/**
 * Base of every event the element fires. All of them bubble and cross
 * shadow roots, because partner pages may host the widget inside their own components: this is the one
 * place that decides it.
 */
export abstract class EcosystemMapEvent<Detail> extends CustomEvent<Detail> {
  protected constructor(type: string, detail: Detail) {
    super(type, {detail, bubbles: true, composed: true});
  }
}
