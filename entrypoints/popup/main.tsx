import { render } from 'preact';
import { Popup } from './Popup';
import '../../assets/base.css';
import './popup.css';

render(<Popup />, document.getElementById('app')!);
